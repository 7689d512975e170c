package org.alliancegraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters as strict as JSON bodies: {@link QueryParameterCheck} on every endpoint. */
@Configuration(proxyBeanMethods = false)
class StrictRequestConfiguration implements WebMvcConfigurer {

	private final ApiProperties properties;

	StrictRequestConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterCheck(properties.maxPageSize()));
	}
}
