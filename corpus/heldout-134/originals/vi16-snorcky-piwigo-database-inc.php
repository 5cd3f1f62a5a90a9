<?php
$conf['dblayer'] = 'mysqli';
$conf['db_base'] = 'galerie_bdd';
$conf['db_user'] = 'root';
$conf['db_password'] = '';
$conf['db_host'] = 'localhost';

$prefixeTable = 'piwigo_';

define('PHPWG_INSTALLED', true);
define('PWG_CHARSET', 'utf-8');
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');

?>