package io.iamgate.extract.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.extract.terraform.Hcl.Block;
import io.iamgate.extract.terraform.Hcl.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclReaderTest {

    private static HclReader.HclFile read(String text) {
        return HclReader.read(text, "main.tf");
    }

    @Test
    void readsBlocksLabelsAttributesAndTheirLines() {
        HclReader.HclFile f = read("""
                # a role
                resource "aws_iam_role" "app" {
                  name = "app"

                  inline_policy {
                    name   = "read"
                    policy = jsonencode({ Version = "2012-10-17", Statement = [] })
                  }
                }
                """);
        Block role = f.body().blocks("resource").get(0);
        assertEquals(List.of("aws_iam_role", "app"), role.labels());
        assertEquals(2, role.span().start().line());
        Block inline = role.body().blocks("inline_policy").get(0);
        Hcl.Attribute policy = inline.body().attribute("policy").orElseThrow();
        assertEquals(7, policy.span().start().line());
        Hcl.Call call = assertInstanceOf(Hcl.Call.class, policy.value());
        assertEquals("jsonencode", call.name());
        Hcl.ObjectExpr object =
                assertInstanceOf(Hcl.ObjectExpr.class, call.args().get(0));
        assertEquals(
                List.of("Version", "Statement"),
                object.items().stream().map(Hcl.Item::key).toList());
        assertEquals(List.of(new HclReader.Comment(1, "# a role")), f.comments());
        assertTrue(f.notes().isEmpty(), f.notes().toString());
    }

    @Test
    void aHeredocKeepsWhereEachCharacterStandsAfterItsIndentationIsRemoved() {
        String text = """
                resource "aws_sqs_queue_policy" "q" {
                  policy = <<-EOT
                    {
                      "Effect": "allow"
                    }
                  EOT
                }
                """;
        Text heredoc = assertInstanceOf(
                Text.class,
                read(text)
                        .body()
                        .blocks("resource")
                        .get(0)
                        .body()
                        .attribute("policy")
                        .orElseThrow()
                        .value());
        assertEquals("{\n  \"Effect\": \"allow\"\n}\n", heredoc.value());
        int inValue = heredoc.value().indexOf("\"allow\"");
        assertEquals(text.indexOf("\"allow\""), heredoc.offsets()[inValue]);
    }

    @Test
    void aQuotedStringDecodesEscapesAndListsItsInterpolations() {
        Text s = assertInstanceOf(
                Text.class, read("""
                a = "arn:aws:s3:::${var.bucket}/\\"x\\"/$${literal}"
                """).body().attribute("a").orElseThrow().value());
        assertEquals("arn:aws:s3:::${var.bucket}/\"x\"/${literal}", s.value());
        assertEquals(List.of(new Hcl.Interpolation(13, 26, "var.bucket")), s.interpolations());
    }

    @Test
    void anExpressionItDoesNotTakeApartIsKeptWholeWithItsText() {
        HclReader.HclFile f = read("""
                a = var.enabled ? "s3:GetObject" : "s3:PutObject"
                b = [for s in var.list : upper(s)]
                c = local.actions
                """);
        Hcl.Other a = assertInstanceOf(
                Hcl.Other.class, f.body().attribute("a").orElseThrow().value());
        assertEquals("var.enabled ? \"s3:GetObject\" : \"s3:PutObject\"", a.text());
        assertEquals(
                "[for s in var.list : upper(s)]",
                assertInstanceOf(
                                Hcl.Other.class,
                                f.body().attribute("b").orElseThrow().value())
                        .text());
        assertTrue(assertInstanceOf(
                        Hcl.Other.class, f.body().attribute("c").orElseThrow().value())
                .isReference());
    }

    @Test
    void aLineItCannotReadIsSkippedWithANoteAndTheRestIsRead() {
        HclReader.HclFile f = read("""
                %%% not hcl (
                resource "aws_iam_policy" "p" {
                  policy = "{}"
                }
                """);
        assertEquals(
                List.of("main.tf:1: a line that is neither an attribute nor a block is not read by iamgate's "
                        + "HCL reader; it is skipped."),
                f.notes());
        assertEquals(1, f.body().blocks("resource").size());
    }

    @Test
    void unterminatedInputAndDeepNestingEndWithoutAnError() {
        read("resource \"a\" \"b\" {\n  policy = <<EOT\n{\n");
        read("a = \"unterminated\n");
        String deep = "a = " + "[".repeat(100_000) + "\n";
        Hcl.Other kept = assertInstanceOf(
                Hcl.Other.class, read(deep).body().attribute("a").orElseThrow().value());
        assertEquals(100_000, kept.text().length());
    }
}
