package io.iamgate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code iamgate:validate}: validates the module's IAM policies; fails the build on blocking findings. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ValidateMojo extends GateMojo {}
