<?php

return [
    'courier_url' => env('COURIER_URL'),

    'courier_key' => env('COURIER_KEY'),

    'courier_customer' => env('COURIER_CUSTOMER'),

    'courier_secret' => env('COURIER_SECRET'),

    'courier_schema' => env('COURIER_SCHEMA', 'json'),

    'courier_show' => env('COURIER_SHOW', '0'),

    'courier_order' => env('COURIER_ORDER', 'desc'),

];