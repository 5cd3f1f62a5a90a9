// Waivers may reach at most a year ahead, so the waiver's last day is set six months from the day the build runs.
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('@waiver.expires@', java.time.LocalDate.now().plusMonths(6).toString())
true
