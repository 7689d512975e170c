package org.alliancegraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest JSON body accepted (import documents included)
 * @param maxPageSize the largest page a list answers
 */
@ConfigurationProperties("alliance.api")
public record ApiProperties(@DefaultValue("20MB") DataSize maxBodySize, @DefaultValue("500") int maxPageSize) {
}
