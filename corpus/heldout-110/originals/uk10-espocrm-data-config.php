<?php
return [
    'cacheTimestamp' => 1480587764,
    'database' => [
        'driver' => 'pdo_mysql',
        'dbname' => 'sh_db',
        'user' => 'root',
        'password' => '',
        'port' => '',
        'host' => 'localhost'
    ],
    'useCache' => true,
    'recordsPerPage' => 50,
    'recordsPerPageSmall' => 10,
    'applicationName' => 'pluscrm',
    'version' => '4.2.5b',
    'timeZone' => 'Europe/Berlin',
    'dateFormat' => 'DD.MM.YYYY',
    'timeFormat' => 'HH:mm',
    'weekStart' => 1,
    'thousandSeparator' => '.',
    'decimalMark' => ',',
    'exportDelimiter' => ';',
    'currencyList' => [
        0 => 'EUR'
    ],
    'defaultCurrency' => 'EUR',
    'baseCurrency' => 'EUR',
    'currencyRates' => [
        
    ],
    'outboundEmailIsShared' => false,
    'outboundEmailFromName' => '',
    'outboundEmailFromAddress' => '',
    'smtpServer' => '',
    'smtpPort' => '25',
    'smtpAuth' => false,
    'smtpSecurity' => '',
    'smtpUsername' => 'admin',
    'smtpPassword' => 'pass',
    'languageList' => [
        0 => 'de_DE',
        1 => 'en_US'
    ],
    'language' => 'en_US',
    'logger' => [
        'path' => 'data/logs/plus.log',
        'level' => 'WARNING',
        'rotation' => true,
        'maxFileNumber' => 30
    ],
    'authenticationMethod' => 'Espo',
    'exportDisabled' => false,
    'assignmentEmailNotifications' => false,
    'portalStreamEmailNotifications' => true,
    'emailMessageMaxSize' => 10,
    'notificationsCheckInterval' => 10,
    'maxEmailAccountCount' => 2,
    'followCreatedEntities' => false,
    'b2cMode' => false,
    'restrictedMode' => false,
    'theme' => 'Pluscrm',
    'massEmailMaxPerHourCount' => 100,
    'personalEmailMaxPortionSize' => 10,
    'inboundEmailMaxPortionSize' => 20,
    'authTokenLifetime' => 0,
    'authTokenMaxIdleTime' => 120,
    'userNameRegularExpression' => '[^a-z0-9\\-@_\\.\\s]',
    'addressFormat' => 2,
    'displayListViewRecordCount' => true,
    'isInstalled' => true,
    'siteUrl' => 'http://espo.sh',
    'passwordSalt' => 'c5a7a51fd2b8f297'
];
?>
