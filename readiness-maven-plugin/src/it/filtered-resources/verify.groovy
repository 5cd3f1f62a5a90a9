// A filtered application.properties is judged as the jar holds it: @orders.db.password@ filled from the POM's
// <orders.db.password>, a template value, is NO-GO; ${orders.jwt.secret}, which a Spring Boot style build leaves for
// Spring (only @ is a delimiter), is judged as written, a value only known at run time, with no finding.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('readiness NO-GO for production')
assert log.contains('is judged as the build filters it')
assert log =~ /\[ERROR\]\s+\[1\] NO-GO\s+secrets\.[a-z-]+\s+spring\.datasource\.password\s+.*application\.properties:4/
assert !(log =~ /\[2\] NO-GO/)
assert !(log =~ /(NO-GO|WARN)\s+\S+\s+app\.jwt\.secret/)
assert log =~ /INFO\s+settings\.deferred\s+app\.jwt\.secret/
assert !log.contains('c4n4ry')
true
