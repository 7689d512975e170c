package org.alliancegraph.explorer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import static org.alliancegraph.explorer.ExplorerPage.AT;
import static org.alliancegraph.explorer.ExplorerPage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing from the explorer page in a real headless Chromium, against the whole service with the demo data: sign in
 * through the sign-in page, create an actor with the form and see it drawn, meet the conflict dialog with a stale
 * edit, restore a version from the history, read the API's message beside the field it names. Skipped when Chromium
 * is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "alliance.demo-data=true",
		"alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-editing-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-editing-${random.uuid}",
		"alliance.security.admin-password=" + EditingBrowserTests.ADMIN_PASSWORD })
class EditingBrowserTests extends ExplorerInChromium {

	static final String ADMIN_PASSWORD = "editing-secret";

	/** Privas, a commune of the Ardèche in the demo: what a person types as the seat of a new actor. */
	private static final String PRIVAS = "07186";

	@Test
	void shouldSignInCreateAnActorWithTheFormAndDrawIt() {
		browser.get(page.url("/login"));
		assertThat(page.text("h1")).isEqualTo("Se connecter");
		page.screenshot("editing-login");
		signIn();
		page.open("/?territory=07&at=" + AT);
		assertThat(page.text("[data-testid=session-user]")).contains("admin").contains("administrateur");
		long before = page.nodeCount();
		assertThat(page.js("return !!window.allianceExplorer.cy.getElementById('jardins-privas').nonempty()"))
			.isEqualTo(false);

		click("[data-testid=actor-new]");
		type("[data-testid=actor-form-id]", "jardins-privas");
		type("[data-testid=actor-form-name]", "Jardins partagés de Privas");
		new Select(find("[data-testid=actor-form-sector]")).selectByValue("ASSOCIATION");
		// the territory in view is offered as the seat; the actor's is one of its communes
		assertThat(find("[data-testid=actor-form-locatedIn]").getDomProperty("value")).isEqualTo("07");
		find("[data-testid=actor-form-locatedIn]").clear();
		type("[data-testid=actor-form-locatedIn]", PRIVAS);
		page.screenshot("editing-actor-form");
		click("[data-testid=actor-save]");

		new WebDriverWait(browser, WAIT).until(d -> page.nodeCount() == before + 1
				&& "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));
		assertThat(page.js("return window.allianceExplorer.cy.getElementById('jardins-privas').nonempty()"))
			.isEqualTo(true);
		assertThat(page.text("#panel-title")).isEqualTo("Jardins partagés de Privas");
		JsonNode actor = page.api("/api/v1/actors/jardins-privas");
		assertThat(actor.get("name").asString()).isEqualTo("Jardins partagés de Privas");
		assertThat(actor.get("sector").asString()).isEqualTo("ASSOCIATION");
		assertThat(actor.get("locatedIn").asString()).isEqualTo(PRIVAS);
		JsonNode created = page.api("/api/v1/actors/jardins-privas/history").get("content").get(0);
		assertThat(created.get("user").asString()).isEqualTo("admin");
		assertThat(created.get("operation").asString()).isEqualTo("CREATED");
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("editing-actor-drawn");
	}

	@Test
	void shouldShowTheApiMessageBesideTheFieldItNames() {
		signIn();
		page.open("/?territory=07&at=" + AT);

		click("[data-testid=actor-new]");
		type("[data-testid=actor-form-id]", "sans-nom");
		new Select(find("[data-testid=actor-form-sector]")).selectByValue("COMPANY");
		click("[data-testid=actor-save]");

		WebElement error = new WebDriverWait(browser, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=field-error-name]")));
		// ActorValidation's message for a missing name, shown in the name's own field
		assertThat(error.getText()).isEqualTo("le nom est obligatoire");
		WebElement nameField = find("[data-field=name]");
		assertThat(nameField.findElement(By.cssSelector("[data-testid=field-error-name]"))).isEqualTo(error);
		assertThat(nameField.getDomAttribute("class")).contains("invalid");
		assertThat(find("[data-testid=field-error-id]").isDisplayed()).isFalse();
		assertThat(find("#edit-dialog").getDomAttribute("open")).isNotNull();
		assertThat(ExplorerPage.send(HttpRequest.newBuilder(page.uri("/api/v1/actors/sans-nom")).GET()).statusCode())
			.isEqualTo(404);
		page.screenshot("editing-field-error");
	}

	@Test
	void shouldOfferReloadOrHistoryWhenSomeoneElseChangedTheActorMeanwhile() {
		String id = "conflit-asso";
		postActor(id, "Association du conflit", "Première description");
		signIn();
		page.open("/?territory=07&at=" + AT + "&actor=" + id);
		waitForPanel();

		click("[data-testid=actor-edit]");
		WebElement name = find("[data-testid=actor-form-name]");
		new WebDriverWait(browser, WAIT).until(d -> "Association du conflit".equals(name.getDomProperty("value")));
		// someone else changes the description while the form is open
		page.patch("/api/v1/actors/" + id, "{\"description\": \"Changée par quelqu'un d'autre\"}", "admin", ADMIN_PASSWORD);
		name.clear();
		name.sendKeys("Association du conflit (nom corrigé)");
		click("[data-testid=actor-save]");

		WebElement dialog = new WebDriverWait(browser, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=conflict-dialog]")));
		assertThat(dialog.getText()).contains("Modifié entre-temps par quelqu'un d'autre", "Recharger",
				"Voir l'historique");
		// nothing of the stale edit was written
		assertThat(page.api("/api/v1/actors/" + id).get("name").asString()).isEqualTo("Association du conflit");
		click("[data-testid=conflict-history]");
		WebElement changes = new WebDriverWait(browser, WAIT).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid=conflict-changes] li")));
		assertThat(changes.getText()).startsWith("Modifié par admin").endsWith(": description");
		page.screenshot("editing-conflict");

		click("[data-testid=conflict-reload]");
		new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("conflict-dialog")).getDomAttribute("open") == null);
		assertThat(find("[data-testid=actor-form-description]").getDomProperty("value"))
			.isEqualTo("Changée par quelqu'un d'autre");
		assertThat(name.getDomProperty("value")).isEqualTo("Association du conflit");
		type("[data-testid=actor-form-name]", " (nom corrigé)");
		click("[data-testid=actor-save]");
		new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("edit-dialog")).getDomAttribute("open") == null);
		JsonNode saved = page.api("/api/v1/actors/" + id);
		assertThat(saved.get("name").asString()).isEqualTo("Association du conflit (nom corrigé)");
		assertThat(saved.get("description").asString()).isEqualTo("Changée par quelqu'un d'autre");
	}

	@Test
	void shouldRestoreAnEarlierVersionFromTheHistory() {
		String id = "restauree";
		postActor(id, "Association restaurée", "Description d'origine");
		page.patch("/api/v1/actors/" + id, "{\"name\": \"Nom changé par erreur\", \"description\": null}", "admin",
				ADMIN_PASSWORD);
		signIn();
		page.open("/?territory=07&at=" + AT + "&actor=" + id);
		waitForPanel();
		new WebDriverWait(browser, WAIT).until(d -> "true"
			.equals(d.findElement(By.cssSelector("[data-testid=panel-history]")).getDomAttribute("data-ready")));
		WebElement history = find("[data-testid=history-panel]");
		// the newest version is the content as it is: only the creation can be restored
		assertThat(history.findElements(By.cssSelector("[data-testid=history-restore]"))).hasSize(1);
		WebElement restore = history.findElement(By.cssSelector("[data-operation=CREATED] [data-testid=history-restore]"));
		page.js("arguments[0].scrollIntoView({block: 'center'})", history);
		page.screenshot("editing-history");

		restore.click();

		new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector(
				"[data-testid=panel-history][data-ready=true] li[data-operation=RESTORED]")).size() == 1);
		JsonNode restored = page.api("/api/v1/actors/" + id);
		assertThat(restored.get("name").asString()).isEqualTo("Association restaurée");
		assertThat(restored.get("description").asString()).isEqualTo("Description d'origine");
		assertThat(restored.get("sector").asString()).isEqualTo("ASSOCIATION");
		assertThat(restored.get("locatedIn").asString()).isEqualTo(PRIVAS);
		new WebDriverWait(browser, WAIT).until(d -> page.text("#panel-title").equals("Association restaurée"));
		assertThat(page.consoleErrors()).isEmpty();
		new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector(
				"[data-testid=panel-history][data-ready=true] li[data-operation=RESTORED]")).size() == 1);
		page.js("arguments[0].scrollIntoView({block: 'center'})", find("[data-testid=history-panel]"));
		page.screenshot("editing-history-restored");
	}

	@Test
	void shouldCreateAPartnershipWhoseMemberIsPickedBySearchingTheActors() {
		postActor("recyclerie-a", "Ressourcerie de l'Eyrieux", "Réemploi");
		postActor("recyclerie-b", "Atelier vélo du Vivarais", "Réparation");
		signIn();
		page.open("/?territory=07&at=" + AT + "&actor=recyclerie-a");
		waitForPanel();
		long ties = page.tieCount();

		click("[data-testid=partnership-new]");
		type("[data-testid=partnership-form-id]", "p-reemploi");
		new Select(find("[data-testid=partnership-form-type]")).selectByValue("GRANT");
		// a date input reads its typed value in the browser's locale: the value is set as the form sends it
		page.js("arguments[0].value = '2024-03-01'", find("[data-testid=partnership-form-start]"));
		List<WebElement> members = browser
			.findElements(By.cssSelector("[data-testid=partnership-form-members-actor]"));
		assertThat(members).hasSize(2);
		assertThat(members.get(0).getDomProperty("value")).isEqualTo("recyclerie-a");
		members.get(1).sendKeys("velo vivarais");
		WebElement option = new WebDriverWait(browser, WAIT).until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//li[@role='option'][contains(., 'Atelier vélo du Vivarais')]")));
		page.screenshot("editing-partnership-member-picker");
		option.click();
		assertThat(members.get(1).getDomProperty("value")).isEqualTo("recyclerie-b");
		click("[data-testid=partnership-save]");

		new WebDriverWait(browser, WAIT).until(d -> page.tieCount() == ties + 1);
		JsonNode partnership = page.api("/api/v1/partnerships/p-reemploi");
		assertThat(partnership.get("type").asString()).isEqualTo("GRANT");
		assertThat(partnership.get("start").asString()).isEqualTo("2024-03-01");
		assertThat(partnership.get("members").toString()).isEqualTo(
				"[{\"actor\":\"recyclerie-a\",\"role\":\"PARTNER\"},{\"actor\":\"recyclerie-b\",\"role\":\"PARTNER\"}]");
		assertThat(page.js("const cy = window.allianceExplorer.cy;"
				+ " return cy.getElementById('recyclerie-a').edgesWith(cy.getElementById('recyclerie-b')).length"))
			.isEqualTo(1L);
		assertThat(page.consoleErrors()).isEmpty();
	}

	@Test
	void shouldCreateAProjectWithAContributorAndAFunding() {
		postActor("porteur", "Régie de quartier de Privas", "Insertion");
		signIn();
		page.open("/?territory=07&at=" + AT + "&actor=porteur");
		waitForPanel();

		click("[data-testid=project-new]");
		type("[data-testid=project-form-id]", "jardins-solidaires");
		type("[data-testid=project-form-name]", "Jardins solidaires");
		page.js("arguments[0].value = '2024-01-15'", find("[data-testid=project-form-start]"));
		browser.findElement(By.xpath("//label[contains(., 'Alimentation')]/input")).click();
		WebElement contributors = find("[data-testid=project-form-contributors]");
		assertThat(contributors.findElement(By.cssSelector("[data-testid=project-form-contributors-actor]"))
			.getDomProperty("value")).isEqualTo("porteur");
		new Select(contributors.findElement(By.cssSelector("select"))).selectByValue("LEAD");
		WebElement funders = find("[data-testid=project-form-funders]");
		funders.findElement(By.cssSelector("[data-testid=project-form-funders-actor]")).sendKeys("porteur");
		List<WebElement> figures = funders.findElements(By.cssSelector("input[type=number]"));
		figures.get(0).sendKeys("12000");
		figures.get(1).sendKeys("2024");
		page.screenshot("editing-project-form");
		click("[data-testid=project-save]");

		new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("edit-dialog")).getDomAttribute("open") == null
				&& d.findElement(By.id("panel-projects")).getText().contains("Jardins solidaires"));
		page.screenshot("editing-project-saved");
		JsonNode project = page.api("/api/v1/projects/jardins-solidaires");
		assertThat(project.get("name").asString()).isEqualTo("Jardins solidaires");
		assertThat(project.get("phase").asString()).isEqualTo("EMERGENCE");
		assertThat(project.get("start").asString()).isEqualTo("2024-01-15");
		assertThat(project.get("domains").toString()).isEqualTo("[\"FOOD\"]");
		// the territory in view is the one it targets unless the form says otherwise
		assertThat(project.get("targets").toString()).isEqualTo("[\"07\"]");
		// a contribution without its own start begins with the project
		assertThat(project.get("contributors").toString()).isEqualTo(
				"[{\"actor\":\"porteur\",\"role\":\"LEAD\",\"since\":\"2024-01-15\",\"until\":null}]");
		JsonNode funding = project.get("funders").get(0);
		assertThat(funding.get("actor").asString()).isEqualTo("porteur");
		assertThat(funding.get("amountEur").asDouble()).isEqualTo(12000.0);
		assertThat(funding.get("year").asInt()).isEqualTo(2024);
		assertThat(project.get("funders")).hasSize(1);
		assertThat(page.consoleErrors()).isEmpty();
	}

	@Test
	void shouldSetATerritorysNeedsAndNameTheRefusedOne() {
		JsonNode before = page.api("/api/v1/territories/07").get("indicators");
		signIn();
		page.open("/?territory=07&at=" + AT);

		click("[data-testid=needs-edit]");
		WebElement poverty = find("[data-testid=needs-form-POVERTY_RATE]");
		// the national figure of cypher/V002 beside the territory's, in French number format
		assertThat(find("[data-field='indicators.POVERTY_RATE'] .hint").getText()).isEqualTo("Repère national : 14,5");
		poverty.clear();
		poverty.sendKeys("15.5");
		WebElement unemployment = find("[data-testid=needs-form-UNEMPLOYMENT_RATE]");
		unemployment.clear();
		unemployment.sendKeys("-2");
		click("[data-testid=needs-save]");

		WebElement error = new WebDriverWait(browser, WAIT).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid='field-error-indicators.UNEMPLOYMENT_RATE']")));
		// TerritoryValidation's message for a negative figure
		assertThat(error.getText()).isEqualTo("la valeur doit être un nombre positif ou nul");
		assertThat(find("[data-testid='field-error-indicators.POVERTY_RATE']").isDisplayed()).isFalse();
		assertThat(page.api("/api/v1/territories/07").get("indicators")).isEqualTo(before);
		page.screenshot("editing-needs-error");
		unemployment.clear();
		unemployment.sendKeys("8");
		click("[data-testid=needs-save]");

		new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("edit-dialog")).getDomAttribute("open") == null);
		JsonNode after = page.api("/api/v1/territories/07").get("indicators");
		assertThat(after.get("POVERTY_RATE").asDouble()).isEqualTo(15.5);
		assertThat(after.get("UNEMPLOYMENT_RATE").asDouble()).isEqualTo(8.0);
		before.properties().forEach(e -> {
			if (!e.getKey().equals("POVERTY_RATE") && !e.getKey().equals("UNEMPLOYMENT_RATE")) {
				assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
			}
		});
	}

	@Test
	void shouldSignInInEnglishFromTheViewSayWhenItFailedAndSignOut() {
		page.open("/?territory=07&lang=en&at=" + AT);
		assertThat(browser.findElements(By.cssSelector("[data-testid=actor-new]"))).isEmpty();
		click("[data-testid=session-login]");
		new WebDriverWait(browser, WAIT).until(d -> page.text("h1").equals("Sign in"));
		type("[data-testid=login-username]", "admin");
		type("[data-testid=login-password]", "not-the-password");
		click("[data-testid=login-submit]");

		WebElement failed = new WebDriverWait(browser, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-error]")));
		assertThat(failed.getText()).isEqualTo("Wrong user name or password. Check them and try again.");
		assertThat(browser.getCurrentUrl()).contains("/login?error", "lang=en", "next=");
		page.screenshot("editing-login-failed-en");
		type("[data-testid=login-username]", "admin");
		type("[data-testid=login-password]", ADMIN_PASSWORD);
		click("[data-testid=login-submit]");

		// back to the view signed in from
		new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
		assertThat(browser.getCurrentUrl()).isEqualTo(page.url("/?territory=07&lang=en&at=" + AT));
		new WebDriverWait(browser, WAIT)
			.until(d -> !d.findElements(By.cssSelector("[data-testid=session-user]")).isEmpty());
		assertThat(page.text("[data-testid=session-user]")).contains("admin").contains("administrator");
		assertThat(find("[data-testid=actor-new]").getText()).isEqualTo("+ New actor");

		click("[data-testid=session-logout]");

		new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector("[data-testid=session-login]")).isEmpty());
		assertThat(page.text("[data-testid=session-login]")).isEqualTo("Sign in");
		assertThat(browser.findElements(By.cssSelector("[data-testid=actor-new]"))).isEmpty();
		assertThat(page.api("/api/v1/session").get("user").isNull()).isTrue();
	}

	/** Signs in as admin through the sign-in page's form, and lands on the explorer. */
	private void signIn() {
		browser.get(page.url("/login"));
		type("[data-testid=login-username]", "admin");
		type("[data-testid=login-password]", ADMIN_PASSWORD);
		click("[data-testid=login-submit]");
		new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	private void waitForPanel() {
		new WebDriverWait(browser, WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));
	}

	private void postActor(String id, String name, String description) {
		String body = "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"sector\": \"ASSOCIATION\", \"locatedIn\": \""
				+ PRIVAS + "\", \"description\": \"" + description + "\"}";
		HttpResponse<String> created = ExplorerPage.send(HttpRequest.newBuilder(page.uri("/api/v1/actors"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private WebElement find(String selector) {
		return new WebDriverWait(browser, WAIT)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
	}

	private void click(String selector) {
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
	}

	private void type(String selector, String text) {
		find(selector).sendKeys(text);
	}
}
