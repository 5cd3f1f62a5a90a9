import os

#--------------------------
# Indico configuration file
#--------------------------
#
# This file is read on Apache startup. If you change any value you will need to
# restart Apache afterwards to have its changes take effect.
#
# Lines starting with "#" are comments and they will be ignored by Indico.

#------------------------------------------------------------------------------
# SQLAlchemy DB
#------------------------------------------------------------------------------

SQLAlchemyDatabaseURI  = os.environ['SQLAlchemyDatabaseURI']

# (commented-out pool options abridged in this copy)

#------------------------------------------------------------------------------
# SECURITY
#------------------------------------------------------------------------------
# Possible values of SanitizationLevel:
#    0: Escape all HTML tags
#    1: Raise error if styles are used
#    2: Raise error if SCRIPT tag is used
#    3: No input filtering is done (DANGEROUS!)

SanitizationLevel    = 2

# Possible values of CSRFLevel:
#    0: Disable all CSRF checks (DANGEROUS!)
#    1: Check CSRF token for service requests
#    2: Check CSRF token for service requests and cookie-based API requests
#    3: The above & require an empty or valid referer for normal POST requests
CSRFLevel = 2

# To sign data such as activation tokens used in emails, Indico needs a secret
# key.  It should be a random string; the preferred way to generate it is using
# `import os; os.urandom(32)` in a Python shell.
SecretKey = 'xyzabcdefghij1234567890'

#------------------------------------------------------------------------------
# URLs
#------------------------------------------------------------------------------
# BaseURL is the url where Indico will be accessed.
# Except for development systems this should be a https URL and your web server
# should be configured to redirect all HTTP requests to HTTPS.
BaseURL = 'BASEURL'

#------------------------------------------------------------------------------
# DIRECTORIES
#------------------------------------------------------------------------------
LogDir          = "/opt/indico/log"
TempDir         = "/opt/indico/tmp"
SharedTempDir   = "/opt/indico/tmp"
AssetsDir       = "/opt/indico/static/assets"
CacheDir        = "/opt/indico/cache"
# When using redis, provide a redis connection string for the Redis server.
RedisCacheURL = 'redis://indico-redis:6379/1'

#------------------------------------------------------------------------------
# SMTP
#------------------------------------------------------------------------------
SmtpServer           = ("localhost", 8025)
SmtpLogin            = ""
SmtpPassword         = ""

# If your SMTP server is using TLS write "yes", otherwise write "no"

SmtpUseTLS           = "no"

#------------------------------------------------------------------------------
# EMAIL ADDRESSES
#------------------------------------------------------------------------------
# SupportEmail is the email address where all automatically generated
# application errors will be sent to.

SupportEmail         = "root@localhost"


# PublicSupportEmail is an email address that will be shown in Indico and where
# users are expected to find help when they have using the website.

PublicSupportEmail   = "root@localhost"

# NoReplyEmail is the email address showed when we do not want the users to answer
# an automatically generated email.

NoReplyEmail	     = "noreply-root@localhost"


#------------------------------------------------------------------------------
# FILE UPLOAD
#------------------------------------------------------------------------------

MaxUploadFilesTotalSize = 0

MaxUploadFileSize = 0

# (comment-only blocks on maintenance, static files, sessions, proxy, logging, LaTeX and plugins abridged in this copy)

#------------------------------------------------------------------------------
# AUTHENTICATION
#------------------------------------------------------------------------------
# If you do not need integration with an existing authentication infrastructure
# such as LDAP, OAuth or a SSO system like Shibboleth, you do not have to set
# anything here. Having local identities enabled is sufficient:
LocalIdentities = True

# If you do not want people to register Indico accounts on their own you can
# disable that here.  Administrators can still create new indico accounts.
LocalRegistration = True

# (multipass documentation comments abridged in this copy)
AuthProviders = {}
IdentityProviders = {}
ProviderMap = {}

#------------------------------------------------------------------------------
# CELERY
#------------------------------------------------------------------------------
# We recommend Redis as it is very easy to set up.
CeleryBroker = 'redis://indico-redis:6379/0'
