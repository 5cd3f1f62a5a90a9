<?php
defined('BASEPATH') OR exit('No direct script access allowed');
$db['default'] = array(
  'hostname' => "",
  'username' => "",
  'password' => "",
  'database' => "/exports/cart/sqlite/reporting.sqlite3",
  'dbdriver' => "sqlite3",
  'dbprefix' => "",
  'pconnect' => TRUE,
  'db_debug' => FALSE,
  'cache_on' => FALSE,
  'cachedir' => ""
);
