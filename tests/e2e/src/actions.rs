//! What a person does with the app, step by step: fill and send the invite
//! form, remove someone from the roster (with its confirmation).

use crate::browser::App;
use fantoccini::Locator;

impl App {
    /// Fills the email invite form: Name, Email, and Region "Europe".
    pub async fn fill_email_invite(&self, name: &str, email: &str) {
        self.type_in("Name", name).await;
        self.type_in("Email", email).await;
        self.choose("Region", "Europe").await;
    }

    /// Fills and sends an email invite, then waits until the app says it
    /// was sent to `name`, and checks that `name` is in the roster.
    pub async fn invite_by_email(&self, name: &str, email: &str) {
        self.invite_by_email_until(name, email, &format!("Invitation sent to {name}."))
            .await;
        let roster = self.roster().await;
        assert!(
            roster.iter().any(|n| n == name),
            "{name} is in the roster once the invite is sent: {roster:?}"
        );
    }

    /// Fills and sends an email invite, then waits until the outcome says
    /// `outcome` (for answers that name someone else, or another language).
    pub async fn invite_by_email_until(&self, name: &str, email: &str, outcome: &str) {
        self.fill_email_invite(name, email).await;
        self.click("Send invitation").await;
        self.wait_text(".outcome", outcome).await;
    }

    /// Presses Remove on `name`'s row and waits for the confirmation.
    pub async fn ask_to_remove(&self, name: &str) {
        self.wait_for(Locator::Css(&format!("button[aria-label='Remove {name}']")))
            .await
            .click()
            .await
            .unwrap();
        self.wait_text("dialog[open] #confirm-title", &format!("Remove {name}?"))
            .await;
    }

    /// Removes `name`: Remove on their row, then the confirmation's button.
    pub async fn remove(&self, name: &str) {
        self.ask_to_remove(name).await;
        self.click(&format!("Remove {name}")).await;
    }
}
