// A good production configuration passes, and the json and sarif reports are written, holding no secret.
def log = new File(basedir, 'build.log').text
assert log.contains('readiness GO for production')
assert log.contains('BUILD SUCCESS')

def json = new File(basedir, 'target/readiness/readiness.json')
assert json.isFile()
assert json.text.contains('"verdict" : "GO"')

def sarif = new File(basedir, 'target/readiness/readiness.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"')
assert sarif.text.contains('"results" : [ ]')

def secret = new File(basedir, 'deploy/prod.env').readLines()
        .find { it.startsWith('APP_JWT_SECRET=') }.substring('APP_JWT_SECRET='.length())
[log, json.text, sarif.text].each { text ->
    (0..secret.length() - 4).each { assert !text.contains(secret.substring(it, it + 4)) }
}
true
