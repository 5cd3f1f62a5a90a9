<?php

declare(strict_types=1);

return [
    'APP_ENV' => 'prod',
    'DIRIGENT_IMAGE' => '1',
    'SYMFONY_DOTENV_PATH' => './.env.dirigent',

    'DECRYPTION_KEY' => '',
    'DECRYPTION_KEY_FILE' => '/srv/config/secrets/decryption_key',
    'DEFAULT_URI' => 'http://localhost',
    'ENCRYPTION_KEY' => '',
    'ENCRYPTION_KEY_FILE' => '/srv/config/secrets/encryption_key',
    'GITHUB_TOKEN' => '',
    'KERNEL_SECRET_FILE' => '/srv/config/secrets/kernel_secret',
    'LOCK_DSN' => 'flock',
    'MAILER_DSN' => 'null://null',
    'SENTRY_DSN' => '',
    'TRUSTED_PROXIES' => '',
];
