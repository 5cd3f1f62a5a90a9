<?php
// Database Configuration
define('DB_HOST', 'localhost');
define('DB_USER', 'your_database_user');
define('DB_PASS', 'your_database_password');
define('DB_NAME', 'your_database_name');

// Site Configuration
define('SITE_URL', 'https://yourdomain.com');
define('SITE_NAME', 'Your Job Portal');

// Email Configuration (for PHPMailer - if used)
define('SMTP_HOST', 'smtp.hostinger.com');
define('SMTP_USER', 'your-email@yourdomain.com');
define('SMTP_PASS', 'your-email-password');
define('SMTP_PORT', 587);

// Set default timezone
date_default_timezone_set('UTC');
