// A bad application-prod.yml fails the build with the numbered problems naming file:line, and no value.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('readiness NO-GO for production')
assert log =~ /\[ERROR\]\s+\[1\] NO-GO\s+secrets\.[a-z-]+\s+app\.jwt\.secret\s+.*application-prod\.yml:3:13/
// each problem once: the failure's message points at the report above instead of repeating it
assert log.findAll(/\[1\] NO-GO/).size() == 1
assert log.contains('listed above')
// the waived finding is information, never an error line
assert !(log =~ /\[ERROR\].*database\.loopback/)
assert !log.contains('hunter2')
assert !log.contains('localhost:5432/orders')

def sarif = new File(basedir, 'target/readiness/readiness.sarif').text
assert sarif.contains('"uri" : "src/main/resources/application-prod.yml"')
assert sarif.contains('"startLine" : 3')
assert sarif.contains('"startColumn" : 13')
assert sarif.contains('"justification" : "The orders database is reached through a local tunnel until the VPC peering lands"')
assert !sarif.contains('hunter2')
true
