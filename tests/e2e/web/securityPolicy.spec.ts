import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';

test.describe('content security policy of the built renderer', () => {
  test('an injected inline script is blocked and reported as a policy violation', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
          once: true,
        });
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const directive = await violation;
      return { directive, ran: (window as unknown as { __injected?: boolean }).__injected === true };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
  });

  test('the served page carries the strict policy header', async ({ page }) => {
    const response = await page.goto('');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
  });

  test('the built page carries the policy itself, for when it is served without headers', async ({
    page,
  }) => {
    await page.goto('');
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', /default-src 'self'; script-src 'self'/);
    await expect(meta).not.toHaveAttribute('content', /unsafe-(eval|inline)/);
  });
});
