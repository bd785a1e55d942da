// What the README's library example printed in the consumer project, and what Maven gave the consumer.
def target = new File(basedir, 'target')
def output = new File(target, 'example-output.txt').getText('UTF-8')
['e2 Erbil LOCATION [Erbil, Irbil] [a1, a2]', 'Irbil: transliteration of Erbil', 'Irbil is Erbil'].each {
    assert output.contains(it) : "the README's library example did not print \"${it}\"; it printed:\n${output}"
}
// The enforcer rule already failed the build on an older one; this says which one the consumer has.
def list = new File(target, 'dependencies.txt').getText('UTF-8')
def lang3 = (list =~ /org\.apache\.commons:commons-lang3:jar:([0-9.]+):(compile|runtime)/)
assert lang3.find() : "commons-lang3 is not among the consumer's dependencies:\n${list}"
def version = lang3.group(1).tokenize('.').collect { it as int }
assert (version[0] <=> 3 ?: version[1] <=> 18) >= 0 : "the consumer receives commons-lang3 ${lang3.group(1)}, older than 3.18.0"
// The KBP models jar (the knowledge base's dictionary, 227 MB) is optional: users add it themselves.
assert !list.contains('models-english-kbp') : "the consumer receives CoreNLP's KBP models jar, which is optional:\n${list}"
println "library consumer: commons-lang3 ${lang3.group(1)}"
return true
