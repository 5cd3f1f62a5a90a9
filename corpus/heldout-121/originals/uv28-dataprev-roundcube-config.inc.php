<?php

/* Local configuration for Roundcube Webmail */
/* ABRIDGED copy for this set: the long LDAP fieldmap/groups sub-arrays and most logging comments are shortened; kept lines are as upstream */

// ----------------------------------
// SQL DATABASE
// ----------------------------------
// Database connection string (DSN) for read+write operations
// NOTE: for SQLite use absolute path: 'sqlite:////full/path/to/sqlite.db?mode=0646'
#$config['db_dsnw'] = 'mysql://roundcube:roundcube@mydb/roundcubemail';
$config['db_dsnw'] = 'sqlite:////var/www/html/db/sqlite.db?mode=0646';

// ----------------------------------
// IMAP
// ----------------------------------
// To use SSL/TLS connection, enter hostname with prefix ssl:// or tls://
$config['default_host'] = 'ssl://imap.dataprev.gov.br';

// https://bbs.archlinux.org/viewtopic.php?id=187063
$config['imap_conn_options'] = array(
 'ssl'         => array(
     'verify_peer'       => false,
     'verfify_peer_name' => false,
  ),
);
$config['smtp_conn_options'] = array(
  'ssl'         => array(
      'verify_peer'      => false,
      'verify_peer_name' => false,
  ),
);

// provide an URL where a user can get support for this Roundcube installation
// PLEASE DO NOT LINK TO THE ROUNDCUBE.NET WEBSITE HERE!
$config['support_url'] = 'http://www-wiki/';

// this key is used to encrypt the users imap password which is stored
// in the session record (and the client cookie if remember password is enabled).
// please provide a string of exactly 24 chars.
$config['des_key'] = '*9r9m%*dPATZu8eVLi*MS_5i';

// the default locale setting (leave empty for auto-detection)
$config['language'] = 'pt_BR';

// Configurações Particulares - DATAPREV/INSS

$config['default_host'] = array(
	'ssl://imap.dataprev.gov.br'	=> 'DATAPREV.GOV.BR',
	'ssl://imap.inss.gov.br' => 'INSS.GOV.BR',
	'ssl://imap.funpresp.com.br' => 'FUNPRESP.COM.BR',
	);

$config['default_port'] = 993;

$config['smtp_server'] = 'ssl://smtp.%z';
#$config['smtp_server'] = 'ssl://smtp.dataprev.gov.br';

$config['smtp_port'] = 465;

$config['smtp_user'] = '%u';

$config['smtp_pass'] = '%p';

#$config['force_https'] = true;

// Allow browser-autocompletion on login form.
// 0 - disabled, 1 - username and host only, 2 - username, host, password
$config['login_autocomplete'] = 0;

$config['ldap_public']['OpenLDAP'] = array(
  'name'          => 'Catalogo Geral',
  'hosts'         => array('ldap.dataprev.gov.br'),
  'port'          => 389,
  'use_tls'	  => true,
  'ldap_version'  => 3,       // using LDAPv3
  'network_timeout' => 10,
  'user_specific' => false,   // If true the base_dn, bind_dn and bind_pass default to the user's IMAP login.
  'base_dn'       => 'dc=gov,dc=br',
  'bind_dn'       => 'uid=rcDTPUser,ou=Users,o=Builtin,dc=gov,dc=br',
  'bind_pass'     => 'rcDTPUserPWD',
  'search_base_dn' => 'dc=gov,dc=br',
  // ... (fieldmap, groups and further LDAP options omitted in this copy)
);

// ----------------------------------
// LOGGING/DEBUGGING
// ----------------------------------

// system error reporting, sum of: 1 = log; 4 = show
$config['debug_level'] = 5;

// log driver:  'syslog' or 'file'.
$config['log_driver'] = 'file';

// Log SQL queries to <log_dir>/sql or to syslog
$config['sql_debug'] = false;

// Log IMAP conversation to <log_dir>/imap or to syslog
$config['imap_debug'] = false;

// Name your service. This is displayed on the login screen and in the window title
$config['product_name'] = 'ExpressoRC - Dataprev';

// Piwik
$rcmail_config = array (
  'piwik_analytics_id' => 48,
  'piwik_analytics_url' => 'estatisticasweb.dataprev.gov.br',
  'piwik_analytics_privacy' => false,
);

// end of config file
