// What the README's Spark example printed in the consumer project, Namelink declared before Spark.
def target = new File(basedir, 'target')
def output = new File(target, 'example-output.txt').getText('UTF-8')
def expected = 'e2 Erbil LOCATION [Erbil, Irbil] [a1, a2]'
assert output.contains(expected) : "the README's Spark example did not print \"${expected}\"; it printed:\n${output}"
assert new File(target, 'work/mentions').isDirectory() : 'the example wrote no mentions'
return true
