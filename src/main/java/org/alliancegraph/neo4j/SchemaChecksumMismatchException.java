package org.alliancegraph.neo4j;

/** An applied schema file was edited afterwards: the start stops rather than guess what to do. */
public class SchemaChecksumMismatchException extends IllegalStateException {

	SchemaChecksumMismatchException(String file, String applied, String now) {
		super("Le fichier de schéma " + file + " a déjà été appliqué avec la somme de contrôle " + applied
				+ " mais son contenu a changé (somme " + now + "). Ne modifiez pas un fichier appliqué : ajoutez un"
				+ " nouveau fichier numéroté (Vnnn__…cypher). / Schema file " + file
				+ " was changed after being applied; add a new numbered file instead.");
	}
}
