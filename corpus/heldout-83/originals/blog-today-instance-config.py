SECRET_KEY='Yellow'
DATABASE_URI='postgresql+psycopg2://wamaitha:Wammy@localhost/pitch'
MAIL_USERNAME='pitcher24@gmail.com'
MAIL_PASSWORD='1234567'


