<?php
/**
 * The base configuration for WordPress
 *
 * This file is pre-configured for Replit environment with PostgreSQL support.
 * When you run the WordPress installation, it will copy this file to wp-config.php
 * and automatically generate unique authentication keys.
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 *
 * @package WordPress
 */

// ** Database settings - PostgreSQL configuration for Replit ** //
// These environment variables are automatically provided by Replit's PostgreSQL database
/** The name of the database for WordPress */
define( 'DB_NAME', getenv('PGDATABASE') );

/** Database username */
define( 'DB_USER', getenv('PGUSER') );

/** Database password */
define( 'DB_PASSWORD', getenv('PGPASSWORD') );

/** Database hostname */
define( 'DB_HOST', getenv('PGHOST') . ':' . getenv('PGPORT') );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

/**#@-*/

/**
 * WordPress database table prefix.
 *
 * You can have multiple installations in one database if you give each
 * a unique prefix. Only numbers, letters, and underscores please!
 */
$table_prefix = 'wp_';

/**
 * For developers: WordPress debugging mode.
 *
 * Change this to true to enable the display of notices during development.
 * It is strongly recommended that plugin and theme developers use WP_DEBUG
 * in their development environments.
 *
 * @link https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/
 */
define( 'WP_DEBUG', false );

/* Add any custom values between this line and the "stop editing" line. */

// Replit proxy configuration - handle HTTPS behind reverse proxy
// Always set HTTPS to 'on' when running on Replit
$_SERVER['HTTPS'] = 'on';
$_SERVER['SERVER_PORT'] = 443;

// Dynamic URL configuration - automatically detect current domain
// Works for both development and production deployments
if (isset($_SERVER['HTTP_HOST'])) {
    $current_domain = $_SERVER['HTTP_HOST'];
    define('WP_HOME', 'https://' . $current_domain);
    define('WP_SITEURL', 'https://' . $current_domain);
}

// Force WordPress to use HTTPS for all content
define('FORCE_SSL_ADMIN', true);

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
