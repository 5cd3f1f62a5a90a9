SECRET_KEY = "Lz}/f;q7ygEN>OLeng}s'%v{%C81K3*Q|Rqy_~QF{eiA<@$updz1@o4Y{rtuu,_"
JWT_SECRET_KEY = "Lz}/f;q7ygEN>OLeng}s'%v{%C81K3*Q|Rqy_~QF{eiA<@$updz1@o4Y{rtuu,_"
SQLALCHEMY_DATABASE_URI = "mysql+pymysql://root:toor@192.168.8.13:3306/my-react-blog-backend?charset=utf8"