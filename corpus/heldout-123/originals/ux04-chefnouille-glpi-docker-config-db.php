<?php
class DB extends DBmysql {
   public $dbhost     = 'glpi-mysql';
   public $dbuser     = 'glpi';
   public $dbpassword = 'OTHER-CORRECT-HORSE-BATTERY-STAPLE';
   public $dbdefault  = 'glpi';
}
