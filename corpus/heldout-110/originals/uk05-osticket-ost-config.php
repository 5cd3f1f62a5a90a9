<?php
/*********************************************************************
    ost-config.php

    Static osTicket configuration file. Mainly useful for mysql login info.
    Created during installation process and shouldn't change even on upgrades.
    [licence header abridged]
**********************************************************************/

#Disable direct access.
if(!strcasecmp(basename($_SERVER['SCRIPT_NAME']),basename(__FILE__)) || !defined('INCLUDE_DIR'))
    die('kwaheri rafiki!');

#Install flag
define('OSTINSTALLED',TRUE);
if(OSTINSTALLED!=TRUE){
    if(!file_exists(ROOT_DIR.'setup/install.php')) die('Error: Contact system admin.'); //Something is really wrong!
    //Invoke the installer.
    header('Location: '.ROOT_PATH.'setup/install.php');
    exit;
}

# Encrypt/Decrypt secret key - randomly generated during installation.
define('SECRET_SALT','Ix0kZ3o1DEblWG9nRtCDBeN6NkMYvzf5');

#Default admin email. Used only on db connection issues and related alerts.
define('ADMIN_EMAIL','demouser@opsgility.com');

# Database Options
# ---------------------------------------------------
# Mysql Login info
define('DBTYPE','mysql');
define('DBHOST','user25eosticketsrv01.mysql.database.azure.com');
define('DBNAME','osticket');
define('DBUSER','demouser@user25eosticketsrv01');
define('DBPASS','demo@pass123');

# Table prefix
define('TABLE_PREFIX','ost_');

# SSL Options [comment abridged]
# define('DBSSLCA','/path/to/ca.crt');
# define('DBSSLCERT','/path/to/client.crt');
# define('DBSSLKEY','/path/to/client.key');

# Mail Options [comment abridged]
# define(MAIL_EOL, "\r\n");

# HTTP Server Options [comment abridged]
# define('ROOT_PATH', '/support/');

# Option: TRUSTED_PROXIES (default: <none>) [comment abridged]
define('TRUSTED_PROXIES', '');

# Option: LOCAL_NETWORKS (default: 127.0.0.0/24)
#
# When running osTicket as part of a cluster it might become necessary to
# whitelist local/virtual networks that can bypass some authentication/checks.
define('LOCAL_NETWORKS', '127.0.0.0/24');

# Session Storage Options [comment abridged]
# define('SESSION_BACKEND', 'memcache');
# define('MEMCACHE_SERVERS', 'server1:11211,server2:11211');
?>
