package org.deepfreq.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may depend on a layer above its own, the only exception the layer rule of
 * {@code docs/architecture.md} accepts. The value says why the dependency cannot point downwards.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseHigherLayer {

    /** Why this class needs the higher layer. */
    String value();
}
