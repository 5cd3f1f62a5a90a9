<?php 
$DatabaseType = 'mysqli'; 
$DatabaseServer = 'localhost'; 
$DatabaseUsername = 'root'; 
$DatabasePassword = 'root'; 
$DatabaseName = 'oss'; 
$DatabasePort = '3306'; 
?>