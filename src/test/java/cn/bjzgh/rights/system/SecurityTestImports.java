package cn.bjzgh.rights.system;

import org.springframework.context.annotation.Import;

/**
 * Lets web-slice tests in other packages load the real security, error and JSON
 * configuration. The JSON rules are a plain configuration class, which a web slice does
 * not pick up on its own.
 */
@Import({ SecurityConfiguration.class, ApiExceptionHandler.class, JsonConfiguration.class })
public class SecurityTestImports {

}
