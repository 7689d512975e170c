package org.alliancegraph.analysis.suggestion;

/**
 * The link-prediction indices of an unlinked pair of actors u, v, with &Gamma;(x) the partners of x and
 * k(z) the degree of z.
 *
 * @param adamicAdar &Sigma;<sub>z &isin; &Gamma;(u) &cap; &Gamma;(v)</sub> 1 / ln k(z) (Adamic and Adar
 *     2003)
 * @param resourceAllocation &Sigma;<sub>z &isin; &Gamma;(u) &cap; &Gamma;(v)</sub> 1 / k(z) (Zhou, Lü and
 *     Zhang 2009)
 * @param commonNeighbors |&Gamma;(u) &cap; &Gamma;(v)|
 */
public record Indices(double adamicAdar, double resourceAllocation, int commonNeighbors) {
}
