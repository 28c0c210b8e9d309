package cn.ronghe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * SQL injection guard: MyBatis pastes {@code ${...}} into the SQL text as it is, where {@code #{...}}
 * binds a parameter. No mapper may use {@code ${} unless the expression is in {@link #WHITELIST},
 * with the reason it cannot carry user input. Reads the sources, no Spring context.
 */
class MapperInjectionGuardTest {

  /** One allowed {@code ${...}}: the file (relative to the module), the exact text, and why. */
  record Allowed(String file, String expression, String whySafe) {}

  /**
   * Empty: no mapper needs text substitution today. An entry looks like {@code new
   * Allowed("src/main/resources/cn/ronghe/x/XMapper.xml", "${sortColumn}", "chosen from the
   * SortColumn enum in XService, never from the request")}. Entries that match nothing fail the
   * test, so the list cannot outlive the code.
   */
  static final List<Allowed> WHITELIST = List.of();

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*}?");
  private static final Pattern STATEMENT_ANNOTATION =
      Pattern.compile("@(Select|Insert|Update|Delete)(Provider)?\\b");
  private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

  record Finding(String file, int line, String expression) {
    @Override
    public String toString() {
      return file + ":" + line + " " + expression;
    }
  }

  @Test
  void noMapperPastesTextIntoSqlOutsideTheWhitelist() throws Exception {
    List<Path> xmlMappers = files(RESOURCES, "Mapper.xml");
    List<Path> javaMappers = files(JAVA, "Mapper.java");
    int xmlStatements = 0;
    int annotatedStatements = 0;
    List<Finding> findings = new ArrayList<>();
    for (Path mapper : xmlMappers) {
      String xml = Files.readString(mapper);
      xmlStatements += statementCount(xml);
      findings.addAll(substitutions(mapper, xml));
    }
    for (Path mapper : javaMappers) {
      String java = Files.readString(mapper);
      annotatedStatements += (int) STATEMENT_ANNOTATION.matcher(java).results().count();
      findings.addAll(substitutions(mapper, java));
    }
    System.out.printf(
        "MapperInjectionGuard: %d XML mappers (%d statements), %d mapper interfaces"
            + " (%d annotated statements): %d ${...} found, %d whitelisted%n",
        xmlMappers.size(),
        xmlStatements,
        javaMappers.size(),
        annotatedStatements,
        findings.size(),
        WHITELIST.size());

    assertThat(xmlMappers).as("mapper XML files found").hasSizeGreaterThanOrEqualTo(10);
    assertThat(xmlStatements).as("statements found").isGreaterThanOrEqualTo(50);
    assertThat(findings)
        .as("${...} pastes text into SQL; use #{...}, or whitelist it with the reason it is safe")
        .allMatch(MapperInjectionGuardTest::whitelisted);
    assertThat(WHITELIST)
        .as("whitelist entries that no longer match any mapper")
        .allMatch(
            allowed ->
                findings.stream()
                    .anyMatch(
                        f ->
                            f.file().equals(allowed.file())
                                && f.expression().equals(allowed.expression())));
  }

  @Test
  void theGuardFindsSubstitutionsInAMapper() throws Exception {
    String mapper =
        """
        <mapper namespace="x">
          <select id="a">select * from t where name = #{name}</select>
          <select id="b">select * from t order by ${sort}
            <if test="dir != null">${dir}</if></select>
          <update id="c">update t set a = 1</update>
        </mapper>
        """;

    assertThat(statementCount(mapper)).isEqualTo(3);
    assertThat(substitutions(Path.of("X.xml"), mapper))
        .containsExactly(new Finding("X.xml", 3, "${sort}"), new Finding("X.xml", 4, "${dir}"));
    assertThat(STATEMENT_ANNOTATION.matcher("@Select(\"x\") @UpdateProvider(y)").results())
        .hasSize(2);
  }

  private static boolean whitelisted(Finding finding) {
    return WHITELIST.stream()
        .anyMatch(
            a -> a.file().equals(finding.file()) && a.expression().equals(finding.expression()));
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Finding> substitutions(Path file, String text) {
    List<Finding> findings = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SUBSTITUTION.matcher(lines[i]);
      while (m.find()) {
        findings.add(new Finding(file.toString().replace('\\', '/'), i + 1, m.group()));
      }
    }
    return findings;
  }

  /** The select/insert/update/delete elements of a mapper XML, read without fetching its DTD. */
  private static int statementCount(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    int count = 0;
    for (String statement : STATEMENTS) {
      count += doc.getElementsByTagName(statement).getLength();
    }
    return count;
  }
}
