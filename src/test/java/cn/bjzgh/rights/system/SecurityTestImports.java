package cn.bjzgh.rights.system;

import org.springframework.context.annotation.Import;

/**
 * Lets web-slice tests in other packages load the real security and error configuration.
 */
@Import({ SecurityConfiguration.class, ApiExceptionHandler.class })
public class SecurityTestImports {

}
