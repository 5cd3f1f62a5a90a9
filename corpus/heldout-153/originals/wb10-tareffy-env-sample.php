<?php
return [
	'APP_URL' => 'https://example.com',
	'DB_HOST' => 'localhost',
	'DB_NAME' => 'hostgator_db',
	'DB_USER' => 'hostgator_user',
	'DB_PASS' => 'password',
	'DB_CHARSET' => 'utf8mb4',
	'CORS_ORIGINS' => ['http://localhost:8000', 'https://example.com'],
	'PUSHER_APP_ID' => '',
	'PUSHER_KEY' => '',
	'PUSHER_SECRET' => '',
	'PUSHER_CLUSTER' => '',
	'EMAIL_FROM' => 'no-reply@example.com',
	'EMAIL_FROM_NAME' => 'TaskFlow',
];