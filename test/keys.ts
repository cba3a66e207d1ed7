import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses keys together, the last while the others are held (`pressTogether('Shift', 'Tab')`), in
 * every engine: sendKeys' `{ down }` / `{ up }` do not exist over WebKit's WebDriver. Key names as
 * sendKeys takes them (`Shift`, `Tab`, `Enter`, `ArrowDown`, ...).
 */
export async function pressTogether(...keys: string[]): Promise<void> {
  await executeServerCommand('press-together', { keys });
}
