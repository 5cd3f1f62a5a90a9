<?php
define('_DB_SERVER_', 'localhost');
define('_DB_NAME_', 'prestashop_partiel');
define('_DB_USER_', 'root');
define('_DB_PASSWD_', 'root');
define('_DB_PREFIX_', 'ps_');
define('_MYSQL_ENGINE_', 'InnoDB');
define('_PS_CACHING_SYSTEM_', 'CacheMemcache');
define('_PS_CACHE_ENABLED_', '0');
define('_COOKIE_KEY_', 'pz0QiHcLJwgB2Pk6TpOtmNgYBxTvdPLcpZ6pNcIvpuTACOeRKEtGmtjH');
define('_COOKIE_IV_', 'QKm70ekH');
define('_PS_CREATION_DATE_', '2016-04-11');
if (!defined('_PS_VERSION_'))
	define('_PS_VERSION_', '1.6.1.4');
define('_RIJNDAEL_KEY_', 'GcomCVKaZ7NhtvoiEuOwhUx5kkBkDSDd');
define('_RIJNDAEL_IV_', 'Q7WUFit4CC3DzkHNIlWV1w==');
