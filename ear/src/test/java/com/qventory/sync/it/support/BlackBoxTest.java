package com.qventory.sync.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box test of the application as its users reach it — over HTTP, SOAP and the database — on
 * the suite's server (Arquillian starts it) with the one deployment every such test shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ArquillianExtension.class, SharedDeployment.class})
public @interface BlackBoxTest {}
