mysql:
  server:
    root_user: 'root'
    root_password: 'testpass'
    user: mysql
    host: localhost
    wp_password: 'test123'
