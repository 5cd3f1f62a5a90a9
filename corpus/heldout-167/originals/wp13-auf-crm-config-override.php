<?php
/***CONFIGURATOR***/
$sugar_config['default_date_format'] = 'd-m-Y';
$sugar_config['default_time_format'] = 'H:i';
$sugar_config['disabled_languages'] = 'es_es,ru_ru';
$sugar_config['default_currency_iso4217'] = 'EUR';
$sugar_config['default_currency_name'] = 'Euro';
$sugar_config['default_currency_symbol'] = '€';
$sugar_config['default_language'] = 'fr_CA';
$sugar_config['export_delimiter'] = ';';
$sugar_config['default_module_favicon'] = false;
$sugar_config['dashlet_auto_refresh_min'] = '30';
$sugar_config['enable_action_menu'] = true;
$sugar_config['stack_trace_errors'] = false;
$sugar_config['developerMode'] = false;
$sugar_config['passwordsetting']['SystemGeneratedPasswordON'] = '';
$sugar_config['passwordsetting']['generatepasswordtmpl'] = '';
$sugar_config['passwordsetting']['lostpasswordtmpl'] = '';
$sugar_config['passwordsetting']['forgotpasswordON'] = '0';
$sugar_config['passwordsetting']['linkexpirationtime'] = '30';
$sugar_config['passwordsetting']['linkexpirationtype'] = '1';
$sugar_config['passwordsetting']['systexpiration'] = '0';
$sugar_config['passwordsetting']['systexpirationtime'] = '';
$sugar_config['SAML_loginurl'] = '';
$sugar_config['SAML_X509Cert'] = '';
$sugar_config['authenticationClass'] = '';
$sugar_config['email_xss'] = 'YToxMzp7czo2OiJhcHBsZXQiO3M6NjoiYXBwbGV0IjtzOjQ6ImJhc2UiO3M6NDoiYmFzZSI7czo1OiJlbWJlZCI7czo1OiJlbWJlZCI7czo0OiJmb3JtIjtzOjQ6ImZvcm0iO3M6NToiZnJhbWUiO3M6NToiZnJhbWUiO3M6ODoiZnJhbWVzZXQiO3M6ODoiZnJhbWVzZXQiO3M6NjoiaWZyYW1lIjtzOjY6ImlmcmFtZSI7czo2OiJpbXBvcnQiO3M6ODoiXD9pbXBvcnQiO3M6NToibGF5ZXIiO3M6NToibGF5ZXIiO3M6NDoibGluayI7czo0OiJsaW5rIjtzOjY6Im9iamVjdCI7czo2OiJvYmplY3QiO3M6MzoieG1wIjtzOjM6InhtcCI7czo2OiJzY3JpcHQiO3M6Njoic2NyaXB0Ijt9';
$sugar_config['addAjaxBannedModules'][1] = 'ProspectLists';
/***CONFIGURATOR***/