// Builds one throwaway project per XML snippet of README.md and docs/reference/*.md, exactly as written, under
// an aggregator that only pins the versions of Maven's own build plugins. A snippet of <dependency> elements
// becomes a project's <dependencies>, a <plugin> its build plugin; a snippet that starts with
// <dependencyManagement>, <dependencies> or <build> is pasted as it is. Other XML (a fragment of a
// configuration) is left out. The @ProductionConfigCheck Java snippets become tests of every project whose
// snippet brings readiness-junit, and a minimal production configuration lets every check and test pass.
import java.util.regex.Pattern

def root = new File(repoRoot).canonicalFile
def docs = [new File(root, 'README.md')]
docs.addAll(new File(root, 'docs/reference').listFiles().findAll { it.name.endsWith('.md') }.sort { it.name })
def fence = Pattern.compile('(?ms)^```([a-z]*)\\n(.*?)^```')

def snippets = []
def tests = []
docs.each { doc ->
    def matcher = fence.matcher(doc.getText('UTF-8'))
    int index = 0
    while (matcher.find()) {
        index++
        def language = matcher.group(1)
        def body = matcher.group(2)
        if (language == 'xml') {
            snippets << [doc: doc, index: index, body: body]
        } else if (language == 'java' && body.contains('@ProductionConfigCheck')) {
            tests << body
        }
    }
}

def modules = []
snippets.each { snippet ->
    def start = snippet.body.trim()
    String fragment
    if (start.startsWith('<dependency>')) {
        fragment = "<dependencies>\n${snippet.body}</dependencies>\n"
    } else if (start.startsWith('<plugin>')) {
        fragment = "<build>\n<plugins>\n${snippet.body}</plugins>\n</build>\n"
    } else if (start.startsWith('<dependencyManagement>') || start.startsWith('<dependencies>')
            || start.startsWith('<build>')) {
        fragment = snippet.body
    } else {
        return
    }
    def name = snippet.doc.name.replace('.md', '').toLowerCase(Locale.ROOT) + '-snippet-' + snippet.index
    def dir = new File(basedir, name)
    dir.mkdirs()
    new File(dir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<!-- ${snippet.doc.name}, code block ${snippet.index} -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<parent>
  <groupId>it.readiness.snippets</groupId>
  <artifactId>readme-snippets</artifactId>
  <version>1.0</version>
</parent>
<artifactId>${name}</artifactId>
${fragment}
</project>
""", 'UTF-8')
    def resources = new File(dir, 'src/main/resources')
    resources.mkdirs()
    new File(resources, 'application.properties').setText('spring.application.name=orders\n', 'UTF-8')
    new File(resources, 'application-prod.properties').setText('server.port=8080\n', 'UTF-8')
    new File(dir, 'deploy').mkdirs()
    new File(dir, 'deploy/prod.env').setText('# what the deploy injects\n', 'UTF-8')
    if (snippet.body.contains('<artifactId>readiness-junit</artifactId>')) {
        tests.each { test ->
            def className = (test =~ /class\s+(\w+)/)[0][1]
            def testDir = new File(dir, 'src/test/java')
            testDir.mkdirs()
            new File(testDir, className + '.java').setText(test, 'UTF-8')
        }
    }
    modules << name
}
assert modules.size() >= 6 : "expected the README's and the reference's snippets, found ${modules}"
assert !tests.isEmpty() : 'expected the @ProductionConfigCheck snippet of the README'

new File(basedir, 'modules.txt').setText(modules.join('\n') + '\n', 'UTF-8')
new File(basedir, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<groupId>it.readiness.snippets</groupId>
<artifactId>readme-snippets</artifactId>
<version>1.0</version>
<packaging>pom</packaging>
<properties>
  <maven.compiler.release>17</maven.compiler.release>
  <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
</properties>
<modules>
${modules.collect { "  <module>${it}</module>" }.join('\n')}
</modules>
<build>
  <pluginManagement>
    <plugins>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    </plugins>
  </pluginManagement>
</build>
</project>
""", 'UTF-8')
true
