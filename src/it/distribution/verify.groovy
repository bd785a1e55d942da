// The distribution (target/namelink-VERSION-bin.tar.gz) unpacked, its launcher run from elsewhere.
// distribution and namelinkVersion come from the invoker's scriptVariables in Namelink's pom.xml.
import java.nio.file.Files

def tarball = new File(distribution)
assert tarball.isFile() : "mvn package made no ${tarball}"
def unpacked = new File(basedir, 'target/unpacked')
unpacked.mkdirs()
def untar = ['tar', '-xzf', tarball.path, '-C', unpacked.path].execute()
untar.waitForProcessOutput(System.out, System.err)
assert untar.exitValue() == 0 : "tar could not unpack ${tarball}"

def home = new File(unpacked, "namelink-${namelinkVersion}")
def launcher = new File(home, 'bin/namelink')
assert Files.isExecutable(launcher.toPath()) : "${launcher} is missing or not executable"
['README.md', 'LICENSE', 'lib/namelink.jar', "lib/stanford-corenlp-4.5.10-models.jar",
 "lib/stanford-corenlp-4.5.10-models-english-kbp.jar", 'lib/picocli-4.7.6.jar'].each {
    assert new File(home, it).isFile() : "the distribution has no ${it}"
}

// Runs bin/namelink in a working directory of its own, with JAVA_OPTS; returns [exit code, stdout, stderr].
def launch(File launcher, File dir, String javaOpts, String stdin, List<String> args) {
    def builder = new ProcessBuilder([launcher.path] + args).directory(dir)
    builder.environment().put('JAVA_OPTS', javaOpts)
    // The CRF's compact copy and the class-data-sharing archive go here, not to the user's cache.
    builder.environment().put('XDG_CACHE_HOME', new File(basedir, 'target/cache').path)
    def process = builder.start()
    process.outputStream.withWriter('UTF-8') { it << stdin }
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    return [process.exitValue(), out.toString(), err.toString()]
}

def elsewhere = new File(basedir, 'target/elsewhere')
elsewhere.mkdirs()

// --version, JAVA_OPTS (two options, split at the space) passed through to java.
def (code, out, err) = launch(launcher, elsewhere, '-Xmx256m -XshowSettings:properties', '', ['--version'])
assert code == 0 : "bin/namelink --version exited ${code}:\n${out}${err}"
assert out.contains(namelinkVersion) : "bin/namelink --version printed no ${namelinkVersion}:\n${out}"
assert err.contains('Property settings') : "JAVA_OPTS did not reach java:\n${err}"

// One article on standard input: the models load from lib/.
(code, out, err) = launch(launcher, elsewhere, '-Xmx1g', 'Masoud Barzani spoke in Erbil on Monday.\n',
        ['extract', '--format', 'table', '-'])
assert code == 0 : "bin/namelink extract exited ${code}:\n${out}${err}"
['Masoud Barzani', 'Erbil'].each { assert out.contains(it) : "bin/namelink extract found no ${it}:\n${out}" }
def cached = new File(basedir, 'target/cache/namelink')
assert cached.listFiles().any { it.name.endsWith('.jsa') } : "the first run left no CDS archive in ${cached}"
assert cached.listFiles().any { it.name.startsWith('crf-') } : "the first run left no compact CRF in ${cached}"
// Again, with the archive and the compact CRF: the same output, and nothing more on stderr.
def (code2, out2, err2) = launch(launcher, elsewhere, '-Xmx1g', 'Masoud Barzani spoke in Erbil on Monday.\n',
        ['extract', '--format', 'table', '-'])
assert code2 == 0 : "bin/namelink extract exited ${code2} on its second run:\n${out2}${err2}"
assert out2 == out : "the second run printed another table:\n${out2}"
assert err2.readLines().size() == err.readLines().size() : "the second run printed more on stderr:\n${err2}"
println "distribution: bin/namelink --version and extract ran from ${elsewhere}"
return true
