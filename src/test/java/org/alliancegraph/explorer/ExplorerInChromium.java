package org.alliancegraph.explorer;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser test classes share: one headless Chromium per class (the class is skipped without Chromium), and
 * before each test one tab with nothing the page stored before, whatever ran before it.
 */
abstract class ExplorerInChromium {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	ExplorerPage page;

	@BeforeAll
	static void startChromium() throws IOException {
		browser = ExplorerPage.chromiumOrSkip();
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void oneTabWithNothingStored() {
		page = new ExplorerPage(browser, port);
		page.forgetEverything();
	}

	/** The browser of the page in use (a test may open a second one). */
	ChromeDriver browser() {
		return page.browser();
	}
}
