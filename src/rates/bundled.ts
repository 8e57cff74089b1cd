import fy2018 from '../../rates/FY2018.json';
import fy2019 from '../../rates/FY2019.json';
import fy2020 from '../../rates/FY2020.json';
import fy2021 from '../../rates/FY2021.json';
import fy2022 from '../../rates/FY2022.json';
import fy2023 from '../../rates/FY2023.json';
import fy2024 from '../../rates/FY2024.json';
import fy2025 from '../../rates/FY2025.json';
import fy2026 from '../../rates/FY2026.json';
import type { RateTable } from './types.js';

/** The tables shipped with the package (bundled at build time, never read from disk). @internal */
export const BUNDLED_TABLES: readonly unknown[] = [fy2018, fy2019, fy2020, fy2021, fy2022, fy2023, fy2024, fy2025, fy2026];

export type { RateTable };
