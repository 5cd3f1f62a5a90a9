<?php

//  OpenEMR
//  MySQL Config

$host   = 'localhost';
$port   = '3306';
$login  = 'tabemr';
$pass   = 'tabemr';
$dbase  = 'tabemr';

$sqlconf = [];
global $sqlconf;
$sqlconf["host"]= $host;
$sqlconf["port"] = $port;
$sqlconf["login"] = $login;
$sqlconf["pass"] = $pass;
$sqlconf["dbase"] = $dbase;

//////////////////////////
//////////////////////////
//////////////////////////
//////DO NOT TOUCH THIS///
$config = 0; /////////////
//////////////////////////
//////////////////////////
//////////////////////////
