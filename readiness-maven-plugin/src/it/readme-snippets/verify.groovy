// Every snippet project built, the plugin snippets ran the check, and the README's test ran and passed.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def modules = new File(basedir, 'modules.txt').readLines().findAll { it }
modules.each { assert log.contains("Building ${it} 1.0") || log.contains("< it.readiness.snippets:${it} >") }
assert log.contains('readiness GO for production')
def reports = []
modules.each { module ->
    def dir = new File(basedir, "${module}/target/surefire-reports")
    if (dir.isDirectory()) {
        reports.addAll(dir.listFiles().findAll { it.name == 'TEST-ProductionConfigTests.xml' })
    }
}
assert !reports.isEmpty() : 'the README test snippet did not run'
reports.each { report ->
    def text = report.text
    assert text.contains('tests="1"')
    assert text.contains('failures="0"')
    assert text.contains('errors="0"')
}
true
