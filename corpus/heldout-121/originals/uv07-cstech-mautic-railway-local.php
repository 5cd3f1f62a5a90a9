<?php
$parameters = array(
    'db_driver' => 'pdo_mysql',
    'db_host' => 'mysql.railway.internal',           // ou IP do seu banco
    'db_port' => '3306',
    'db_name' => 'railway',
    'db_user' => 'root',
    'db_password' => 'njubucDwRjXMpwpCHzoNFWYuPGQfGMsX',
    'installed' => true,
);
