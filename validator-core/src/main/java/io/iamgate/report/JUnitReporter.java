package io.iamgate.report;

import io.iamgate.load.InputError;
import io.iamgate.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test views (Jenkins, GitLab, Azure): one test case per policy (class name = file, name =
 * origin or file); a policy with blocking findings fails, with one {@code <failure>} listing them, and
 * non-blocking findings go to its {@code system-out}. A file that could not be checked is a test case
 * with an {@code <error>}. Text from the input goes through {@link XmlText}: no line breaks or control
 * characters of its own, only characters XML 1.0 allows.
 */
public final class JUnitReporter implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(RunReport report, ReportContext context, Writer out) throws IOException {
        long failures =
                report.policies().stream().filter(p -> p.blockingCount() > 0).count();
        int tests = report.policies().size() + report.errors().size();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "iamgate");
            counts(x, tests, failures, report.errors().size());
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "iamgate");
            counts(x, tests, failures, report.errors().size());
            x.writeAttribute("skipped", "0");
            x.writeAttribute("time", "0");
            for (PolicyResult p : report.policies()) {
                writePolicy(x, p);
            }
            for (InputError e : report.errors()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", XmlText.of(e.file()));
                x.writeAttribute("name", XmlText.of(e.file()));
                x.writeAttribute("time", "0");
                x.writeStartElement("error");
                x.writeAttribute("message", XmlText.of(e.message()));
                x.writeAttribute("type", "iamgate.InputError");
                x.writeCharacters(XmlText.of(e.file() + ": " + e.message()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit XML report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void counts(XMLStreamWriter x, int tests, long failures, int errors) throws XMLStreamException {
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Integer.toString(errors));
    }

    private static void writePolicy(XMLStreamWriter x, PolicyResult p) throws XMLStreamException {
        String file = p.unit().file();
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", XmlText.of(file));
        x.writeAttribute("name", XmlText.of(p.origin().isEmpty() ? file : p.origin()));
        x.writeAttribute("time", "0");
        List<ReportedFinding> blocking =
                p.findings().stream().filter(ReportedFinding::blocking).toList();
        List<ReportedFinding> other =
                p.findings().stream().filter(rf -> !rf.blocking()).toList();
        if (!blocking.isEmpty()) {
            Finding first = blocking.get(0).finding();
            x.writeStartElement("failure");
            x.writeAttribute(
                    "message",
                    XmlText.of(blocking.size() + " blocking finding(s); first: " + first.issueCode() + " "
                            + first.findingDetails()));
            x.writeAttribute("type", XmlText.of(first.issueCode()));
            x.writeCharacters(lines(file, blocking));
            x.writeEndElement();
        }
        if (!other.isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters(lines(file, other));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** One line per finding; the line breaks are ours, the input's are shown escaped. */
    private static String lines(String file, List<ReportedFinding> findings) {
        StringBuilder sb = new StringBuilder();
        for (ReportedFinding rf : findings) {
            Finding f = rf.finding();
            sb.append(XmlText.of(file))
                    .append(':')
                    .append(rf.line())
                    .append(':')
                    .append(rf.column() + 1)
                    .append(": ")
                    .append(f.findingType().name())
                    .append(' ')
                    .append(XmlText.of(f.issueCode()))
                    .append(' ')
                    .append(XmlText.of(f.findingDetails()));
            if (!f.learnMoreLink().isEmpty()) {
                sb.append(" (").append(XmlText.of(f.learnMoreLink())).append(')');
            }
            rf.suppression()
                    .ifPresent(st ->
                            sb.append(" (").append(XmlText.of(st.describe())).append(')'));
            sb.append('\n');
        }
        return sb.toString();
    }
}
