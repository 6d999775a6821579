package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.FailOn;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JUnitReporterTest {

    @TempDir
    Path dir;

    @Test
    void oneTestCasePerPolicyFailingOnBlockingFindingsAndAnErrorCasePerUncheckedFile() throws Exception {
        RunReport report = SampleReports.pipeline(dir, FailOn.DEFAULT);
        Document xml = parse(SampleReports.render(new JUnitReporter(), report, Map.of()));

        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element bad = byClass(cases, "policies/bad policy.json");
        assertEquals("policies/bad policy.json", bad.getAttribute("name"));
        Element failure = (Element) bad.getElementsByTagName("failure").item(0);
        assertTrue(
                failure.getAttribute("message").startsWith(report.blockingCount() + " blocking finding(s)"),
                failure.getAttribute("message"));
        assertTrue(
                failure.getTextContent()
                        .contains("policies/bad policy.json:5:17: ERROR INVALID_EFFECT The effect "
                                + "allow is not valid."),
                failure.getTextContent());
        Element clean = byClass(cases, "policies/clean.json");
        assertEquals(0, clean.getChildNodes().getLength(), "a clean policy is a passing test case");
        Element error = (Element)
                byClass(cases, "package.json").getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").startsWith("holds no IAM policy"), error.getAttribute("message"));
    }

    @Test
    void nonBlockingFindingsGoToSystemOutAndTheOriginNamesTheCase() throws Exception {
        Document xml = parse(SampleReports.render(new JUnitReporter(), SampleReports.everyType(), Map.of()));
        Element policy = byClass(xml.getElementsByTagName("testcase"), "infra/app.template.json");
        assertEquals("Resources.App.Properties.PolicyDocument", policy.getAttribute("name"));
        String failure = policy.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(
                failure.contains("PASS_ROLE_WITH_STAR_IN_RESOURCE") && failure.contains("INVALID_ARN_RESOURCE"),
                failure);
        String out = policy.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(
                out.contains(
                        "WARNING REDUNDANT_ACTION Details with | pipe, `tick`, <b>html</b>, 50% and a\\nnew line."),
                out);
        assertTrue(out.contains("SUGGESTION EMPTY_SID_VALUE"), out);
    }

    private static Element byClass(NodeList cases, String classname) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("classname").equals(classname)) {
                return e;
            }
        }
        throw new AssertionError("no test case for " + classname);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
