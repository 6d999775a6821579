package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void matches() {
    assertTrue(Glob.matches("*", ""));
    assertTrue(Glob.matches("get*", "getobject"));
    assertTrue(Glob.matches("*object", "getobject"));
    assertTrue(Glob.matches("g?t*t", "getobject"));
    assertTrue(Glob.matches("*a*b*", "xxaxxbxx"));
    assertFalse(Glob.matches("*a*b", "xxaxxbxx"));
    assertFalse(Glob.matches("get?", "get"));
    assertFalse(Glob.matches("get", "getobject"));
  }

  @Test
  void covers() {
    assertTrue(Glob.covers("*", "anything*?"));
    assertTrue(Glob.covers("get*", "getobject"));
    assertTrue(Glob.covers("get*", "get?bject*"));
    assertTrue(Glob.covers("*a*", "*a*a*"));
    assertTrue(Glob.covers("g?t", "get"));
    assertTrue(Glob.covers("g?t", "g?t"));
    assertFalse(Glob.covers("get", "g?t"));
    assertFalse(Glob.covers("get?", "get*"));
    assertFalse(Glob.covers("getobject", "get*"));
  }
}
