SECRET_KEY = 'p9Bv<3Eid9%$i01'
SQLALCHEMY_DATABASE_URI = 'sqlite:///database.db'

### terminal commands for terminal
# export FLASK_APP=run.py
# python -m flask db init
# python -m flask db migrate
# python -m flask db upgrade