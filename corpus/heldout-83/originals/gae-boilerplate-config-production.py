#this is the place your app's configuration is specified
#e.g.
#   Third party api keys/secrets
#
config = {
    # environment this app is running on: localhost, testing, production
    'environment': 'production',
    'cache': 36000,

    'API_KEY': 'SOME API KEY.....',
    'debug': False,
}
