<?php

return [
    'name' => 'Laravel',

    'env' => 'production',

    'debug' => false,

    'url' => 'https://books-niceadmin-production.up.railway.app',

    'timezone' => 'UTC',

    'locale' => 'en',

    'fallback_locale' => 'en',

    'faker_locale' => 'en_US',

    'cipher' => 'AES-256-CBC',

    'key' => 'base64:FvHRX/G06mzkWCXbkLc8dURQpPTTuOAdk86K0HdYEYM=',

    'previous_keys' => [],

    'maintenance' => [
        'driver' => 'file',
        'store' => 'database',
    ],
];
